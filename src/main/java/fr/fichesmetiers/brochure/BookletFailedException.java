package fr.fichesmetiers.brochure;

/** A guide's booklet could not be made; the booklets not finished by then were cancelled, not made. */
class BookletFailedException extends RuntimeException {

    private final String guide;
    private final int cancelled;

    BookletFailedException(String guide, int cancelled, Throwable cause) {
        super("Booklet of guide " + guide + " failed; " + cancelled + " other booklet(s) cancelled", cause);
        this.guide = guide;
        this.cancelled = cancelled;
    }

    String guide() {
        return guide;
    }

    /** Booklets that were cancelled before they ended. */
    int cancelled() {
        return cancelled;
    }
}
