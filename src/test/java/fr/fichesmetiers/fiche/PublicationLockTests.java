package fr.fichesmetiers.fiche;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionTemplate;

/** Two publishers at once: the second waits for the first to commit, then reads the version it published. */
class PublicationLockTests {

    private final TestDatabase db = new TestDatabase();

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void aSecondPublisherWaitsForTheFirstAndNumbersAfterIt() throws Exception {
        TransactionTemplate transactions = new TransactionTemplate(db.transactionManager);
        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch commit = new CountDownLatch(1);
        CompletableFuture<Void> first = CompletableFuture.runAsync(() -> transactions.executeWithoutResult(status -> {
            PublicationLock.hold(db.jdbc);
            held.countDown();
            await().atMost(Duration.ofSeconds(30)).until(() -> commit.getCount() == 0);
            db.version(1, null, java.time.LocalDateTime.now());
        }));
        assertThat(held.await(30, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<Long> second = CompletableFuture.supplyAsync(() -> transactions.execute(status -> {
            PublicationLock.hold(db.jdbc);
            return db.jdbc.queryForObject("SELECT MAX(version_id) FROM catalog_version", Long.class);
        }));
        // Held while the first has not committed (well within H2's one-second lock time-out).
        await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(5)).until(() -> !second.isDone());
        commit.countDown();
        first.get(30, TimeUnit.SECONDS);
        assertThat(second.get(30, TimeUnit.SECONDS)).isEqualTo(1L);
        assertThat(db.jdbc.queryForObject("SELECT publications FROM catalog_lock", Long.class)).isEqualTo(2L);
    }
}
