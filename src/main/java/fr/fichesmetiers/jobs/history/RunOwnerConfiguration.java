package fr.fichesmetiers.jobs.history;

import org.aopalliance.intercept.MethodInterceptor;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every execution gets its owner recorded the moment it is created, whichever job it is (a feature job, a
 * definition run, the feature jobs a run starts): the job repository itself is wrapped, rather than each job given
 * a listener.
 */
@Configuration(proxyBeanMethods = false)
class RunOwnerConfiguration {

    @Bean
    RunOwners runOwners(JdbcTemplate jdbc, RunOwnerSettings settings) {
        return new RunOwners(jdbc, settings);
    }

    @Bean
    static BeanPostProcessor runOwnerRecorder(ObjectProvider<RunOwners> owners) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                if (!(bean instanceof JobRepository)) {
                    return bean;
                }
                ProxyFactory proxy = new ProxyFactory(bean);
                proxy.addInterface(JobRepository.class);
                proxy.addAdvice((MethodInterceptor) invocation -> {
                    Object result = invocation.proceed();
                    String method = invocation.getMethod().getName();
                    if (method.equals("createJobExecution") && result instanceof JobExecution created) {
                        owners.getObject().own(created.getId());
                    }
                    else if (method.equals("update") && invocation.getArguments().length == 1
                            && invocation.getArguments()[0] instanceof JobExecution updated
                            && !updated.isRunning()) {
                        owners.getObject().released(updated.getId());
                    }
                    return result;
                });
                return proxy.getProxy(bean.getClass().getClassLoader());
            }
        };
    }
}
