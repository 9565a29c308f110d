package fr.fichesmetiers.jobs.run;

import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;

/**
 * The time a run was requested, an identifying job parameter. Cut to the millisecond: the job repository stores
 * timestamps with less precision than the clock, and a parameter read back must equal the one first written,
 * or a restart would start a new job instance instead of resuming.
 */
public final class RequestTime {

    private RequestTime() {
    }

    public static LocalDateTime now() {
        return LocalDateTime.now().truncatedTo(ChronoUnit.MILLIS);
    }
}
