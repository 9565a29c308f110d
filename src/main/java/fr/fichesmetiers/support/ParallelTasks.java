package fr.fichesmetiers.support;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * Runs independent tasks on a pool and waits for all of them. The first failure, in the order they end, cancels
 * every task not finished by then: once the step has failed, the rest would be work thrown away that the pool's
 * threads, shared with the next step, would still be doing. Cancelled tasks that had started are interrupted and
 * waited for, so that none is still writing a file when the caller reports the failure.
 */
public final class ParallelTasks {

    private ParallelTasks() {
    }

    /** A task failed; the others that had not finished were cancelled. */
    public static final class TaskFailedException extends RuntimeException {

        private final String task;
        private final int cancelled;

        TaskFailedException(String task, int cancelled, Throwable cause) {
            super("Task " + task + " failed; " + cancelled + " other task(s) cancelled", cause);
            this.task = task;
            this.cancelled = cancelled;
        }

        /** The name of the task that failed. */
        public String task() {
            return task;
        }

        /** How many tasks were cancelled before they ended. */
        public int cancelled() {
            return cancelled;
        }
    }

    /**
     * Runs the tasks and returns their results by name, in the order given.
     *
     * @throws TaskFailedException when a task throws, once the unfinished ones are cancelled
     * @throws InterruptedException when the caller is interrupted (every unfinished task is cancelled too)
     */
    public static <T> Map<String, T> runAll(ExecutorService executor, Map<String, Callable<T>> tasks)
            throws InterruptedException {
        CompletionService<T> completion = new ExecutorCompletionService<>(executor);
        Running running = new Running();
        Map<Future<T>, String> names = new HashMap<>();
        List<Future<T>> futures = new ArrayList<>(tasks.size());
        Map<String, T> results = new HashMap<>();
        try {
            tasks.forEach((name, task) -> {
                Future<T> future = completion.submit(() -> running.run(task));
                names.put(future, name);
                futures.add(future);
            });
            for (int i = 0; i < futures.size(); i++) {
                Future<T> done = completion.take();
                try {
                    results.put(names.get(done), done.get());
                }
                catch (ExecutionException e) {
                    throw new TaskFailedException(names.get(done), stop(futures, running, done), e.getCause());
                }
            }
        }
        catch (InterruptedException | RuntimeException e) {
            stop(futures, running, null);
            throw e;
        }
        Map<String, T> ordered = new LinkedHashMap<>();
        tasks.keySet().forEach(name -> ordered.put(name, results.get(name)));
        return ordered;
    }

    /**
     * Lets no other task start, cancels the unfinished ones and waits for those running to end; returns how many
     * tasks, besides the failed one, ended without their result: cancelled, or refused at their start because
     * another had failed (a pool thread freed by the failure may take the next task before it is cancelled).
     */
    private static int stop(List<? extends Future<?>> futures, Running running, Future<?> failed)
            throws InterruptedException {
        running.close();
        cancel(futures);
        running.awaitNone();
        int cancelled = 0;
        for (Future<?> future : futures) {
            if (future != failed && future.state() != Future.State.SUCCESS) {
                cancelled++;
            }
        }
        return cancelled;
    }

    /** The tasks running now; once closed, a task that had not started yet does not start. */
    private static final class Running {

        private int count;
        private boolean closed;

        <T> T run(Callable<T> task) throws Exception {
            synchronized (this) {
                if (closed) {
                    throw new CancellationException("not started: another task failed");
                }
                count++;
            }
            try {
                return task.call();
            }
            finally {
                synchronized (this) {
                    count--;
                    notifyAll();
                }
            }
        }

        synchronized void close() {
            closed = true;
        }

        synchronized void awaitNone() throws InterruptedException {
            while (count > 0) {
                wait();
            }
        }
    }

    /** Cancels the unfinished tasks, interrupting those running. */
    private static void cancel(List<? extends Future<?>> futures) {
        for (Future<?> future : futures) {
            future.cancel(true);
        }
    }
}
