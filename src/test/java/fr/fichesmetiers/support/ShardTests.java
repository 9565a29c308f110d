package fr.fichesmetiers.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;

import org.junit.jupiter.api.Test;

class ShardTests {

    private static final List<String> GUIDES = List.of("Cybersécurité", "Santé", "Numérique",
            "Transition écologique", "Bâtiment", "Communication", "Agriculture", "Hôtellerie-restauration", "Transport et logistique");

    @Test
    void readsIndexAndCountAsOnTheCommandLine() {
        assertThat(Shard.parse("0/4")).isEqualTo(new Shard(0, 4));
        assertThat(Shard.parse(" 3 / 4 ")).isEqualTo(new Shard(3, 4));
        assertThat(Shard.parse("1/2")).hasToString("1/2");
    }

    @Test
    void refusesAnIndexOutsideItsCountAndOtherForms() {
        for (String wrong : new String[] {"2/2", "4/4", "0/0", "-1/2", "1", "a/b", "1/2/3", ""}) {
            assertThatIllegalArgumentException().as(wrong).isThrownBy(() -> Shard.parse(wrong));
        }
        assertThatIllegalArgumentException().isThrownBy(() -> Shard.parse(null));
    }

    @Test
    void everyGuideBelongsToExactlyOneShard() {
        for (int count = 1; count <= 6; count++) {
            for (String guide : GUIDES) {
                int owners = 0;
                for (int index = 0; index < count; index++) {
                    owners += new Shard(index, count).owns(guide) ? 1 : 0;
                }
                assertThat(owners).as(guide + " among " + count).isEqualTo(1);
            }
        }
    }

    @Test
    void theHashIsTheCrc32OfTheSlugSoEveryHostAndJavaAgree() {
        // Pinned: CRC-32 of "cybersecurite" is even, of "sante" odd; a guide spelled otherwise but with the same
        // slug is the same guide.
        assertThat(new Shard(0, 2).owns("Cybersécurité")).isTrue();
        assertThat(new Shard(1, 2).owns("Santé")).isTrue();
        assertThat(new Shard(1, 2).owns("SANTE")).isTrue();
        assertThat(Shard.of("Transition écologique", 2)).isZero();
        assertThat(Shard.of("Numérique", 2)).isEqualTo(1);
    }
}
