package fr.fichesmetiers.jobs.run;

import java.sql.SQLException;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import org.aopalliance.intercept.MethodInterceptor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A launch that meets a serialization failure (SQLState 40001, or a deadlock, 40P01) is tried again, a few times,
 * after a short random pause. Spring Batch creates a job instance and its execution in a serializable transaction:
 * on PostgreSQL two launches at the same moment (two shards, two hosts) can make one of them fail so, though
 * nothing is wrong. That transaction is rolled back whole, so trying again is safe. After the last attempt the
 * failure goes up, and the command says it in one line (exit 1).
 */
@Configuration(proxyBeanMethods = false)
class LaunchRetryConfiguration {

    static final int ATTEMPTS = 5;
    private static final Set<String> LAUNCH = Set.of("start", "restart", "startNextInstance");
    private static final Set<String> RETRYABLE = Set.of("40001", "40P01");
    private static final Logger log = LoggerFactory.getLogger(LaunchRetryConfiguration.class);

    @Bean
    static BeanPostProcessor launchRetry() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                if (!(bean instanceof JobOperator)) {
                    return bean;
                }
                ProxyFactory proxy = new ProxyFactory(bean);
                proxy.addInterface(JobOperator.class);
                proxy.addAdvice((MethodInterceptor) invocation -> {
                    if (!LAUNCH.contains(invocation.getMethod().getName())) {
                        return invocation.proceed();
                    }
                    for (int attempt = 1;; attempt++) {
                        try {
                            return invocation.getMethod().invoke(bean, invocation.getArguments());
                        }
                        catch (java.lang.reflect.InvocationTargetException wrapped) {
                            Throwable e = wrapped.getCause();
                            if (attempt >= ATTEMPTS || !serializationFailure(e)) {
                                throw e;
                            }
                            log.info("event=launch.retried attempt={} reason=\"{}\"", attempt, e.getMessage());
                            Thread.sleep(ThreadLocalRandom.current().nextLong(50, 200) * attempt);
                        }
                    }
                });
                return proxy.getProxy(bean.getClass().getClassLoader());
            }
        };
    }

    /** Whether a failure is, at its root, one the database asks to try again. */
    static boolean serializationFailure(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null && RETRYABLE.contains(sql.getSQLState())) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }
}
