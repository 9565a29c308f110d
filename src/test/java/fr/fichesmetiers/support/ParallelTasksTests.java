package fr.fichesmetiers.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ParallelTasksTests {

    private final ExecutorService pool = Executors.newFixedThreadPool(2);

    @AfterEach
    void stopPool() {
        pool.shutdownNow();
    }

    @Test
    void returnsEveryResultInTheOrderTheTasksWereGiven() throws Exception {
        Map<String, Callable<Integer>> tasks = new LinkedHashMap<>();
        for (int i = 5; i >= 1; i--) {
            int value = i;
            tasks.put("task-" + i, () -> value * 10);
        }
        assertThat(ParallelTasks.runAll(pool, tasks)).containsExactly(Map.entry("task-5", 50),
                Map.entry("task-4", 40), Map.entry("task-3", 30), Map.entry("task-2", 20), Map.entry("task-1", 10));
    }

    @Test
    void theFirstFailureCancelsTheTasksStillRunningOrWaiting() throws Exception {
        CountDownLatch firstStarted = new CountDownLatch(1);
        AtomicInteger started = new AtomicInteger();
        AtomicInteger finished = new AtomicInteger();
        AtomicInteger interrupted = new AtomicInteger();
        // Tasks that would run until interrupted: any of them still running or waiting must be cancelled.
        Callable<String> endless = () -> {
            started.incrementAndGet();
            firstStarted.countDown();
            try {
                new CountDownLatch(1).await();
                finished.incrementAndGet();
            }
            catch (InterruptedException e) {
                interrupted.incrementAndGet();
            }
            return "never";
        };
        Map<String, Callable<String>> tasks = new LinkedHashMap<>();
        tasks.put("first", endless);
        tasks.put("broken", () -> {
            firstStarted.await();
            throw new IOException("disk full");
        });
        for (int i = 0; i < 3; i++) {
            tasks.put("waiting-" + i, endless);
        }
        assertThatThrownBy(() -> ParallelTasks.runAll(pool, tasks))
                .isInstanceOfSatisfying(ParallelTasks.TaskFailedException.class, failed -> {
                    assertThat(failed.task()).isEqualTo("broken");
                    assertThat(failed.cancelled()).isEqualTo(4);
                    assertThat(failed.getCause()).isInstanceOf(IOException.class).hasMessage("disk full");
                });
        // Every task that had started has ended by the time the failure is reported, none of them normally.
        assertThat(interrupted.get()).isEqualTo(started.get()).isBetween(1, 2);
        assertThat(finished).hasValue(0);
        pool.shutdown();
        assertThat(pool.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
        assertThat(started.get()).isEqualTo(interrupted.get());
    }
}
