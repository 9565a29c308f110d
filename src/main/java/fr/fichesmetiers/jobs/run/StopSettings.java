package fr.fichesmetiers.jobs.run;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code fiches.stop.*}: how long a run asked to stop (SIGTERM, Ctrl-C) may take to reach its next chunk boundary
 * before the process stops at once.
 */
@ConfigurationProperties("fiches.stop")
public record StopSettings(@DefaultValue("60s") Duration timeout) {
}
