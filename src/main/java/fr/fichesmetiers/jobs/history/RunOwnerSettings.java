package fr.fichesmetiers.jobs.history;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.env.Environment;

/**
 * {@code fiches.run-lock.*}, what says who owns a run: the host name recorded with each run (the machine's by
 * default), how often a run gives a sign of life, and after how long without one its owner is taken as gone.
 */
@ConfigurationProperties("fiches.run-lock")
public record RunOwnerSettings(String host, @DefaultValue("10s") Duration heartbeat,
        @DefaultValue("2m") Duration ownerTimeout) {

    public RunOwnerSettings {
        if (host == null || host.isBlank()) {
            host = localHost();
        }
        if (!ownerTimeout.minus(heartbeat.multipliedBy(3)).isPositive()) {
            throw new IllegalArgumentException("fiches.run-lock.owner-timeout (" + ownerTimeout
                    + ") must be more than three heartbeats (fiches.run-lock.heartbeat: " + heartbeat + ")");
        }
    }

    /** As Spring binds it, from an environment that Boot has prepared (before any bean exists). */
    public static RunOwnerSettings of(Environment environment) {
        return Binder.get(environment).bindOrCreate("fiches.run-lock", RunOwnerSettings.class);
    }

    /** The machine's name: the system's, else the environment's, else {@code localhost}. */
    public static String localHost() {
        String name = System.getenv("HOSTNAME");
        if (name == null || name.isBlank()) {
            name = System.getenv("COMPUTERNAME");
        }
        if (name == null || name.isBlank()) {
            try {
                name = InetAddress.getLocalHost().getHostName();
            }
            catch (UnknownHostException e) {
                name = "localhost";
            }
        }
        return name;
    }
}
