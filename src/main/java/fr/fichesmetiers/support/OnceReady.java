package fr.fichesmetiers.support;

import java.util.function.Supplier;

/**
 * A value made on first use, once, however many threads ask for it at the same time: for what can only be made
 * once a step is under way (a validator needs the header its reader has just read).
 */
public final class OnceReady<T> {

    private final Supplier<T> maker;
    private volatile T value;

    public OnceReady(Supplier<T> maker) {
        this.maker = maker;
    }

    public T get() {
        T ready = value;
        if (ready == null) {
            synchronized (this) {
                ready = value;
                if (ready == null) {
                    ready = maker.get();
                    value = ready;
                }
            }
        }
        return ready;
    }
}
