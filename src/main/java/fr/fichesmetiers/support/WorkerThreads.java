package fr.fichesmetiers.support;

import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/** A fixed number of named worker threads for a step: no more than asked, at least one. */
public final class WorkerThreads {

    private WorkerThreads() {
    }

    public static ThreadPoolTaskExecutor fixed(String name, int threads) {
        ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
        executor.setCorePoolSize(Math.max(1, threads));
        executor.setMaxPoolSize(Math.max(1, threads));
        executor.setThreadNamePrefix(name + "-");
        return executor;
    }
}
