package fr.fichesmetiers.fiche;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RomeVersionTests {

    @Test
    void readsTheVersionAsPeopleWriteIt() {
        for (String v3 : new String[] {"v3", "3", "V3", "ROME v3", "rome V3", " 3 ", "3.46", "v3.47"}) {
            assertThat(RomeVersion.parse(v3)).as(v3).contains(RomeVersion.V3);
        }
        for (String v4 : new String[] {"4", "4.0", "v4", "V4.0", "ROME 4.0", "rome4", "4.61", "ROME v4.61"}) {
            assertThat(RomeVersion.parse(v4)).as(v4).contains(RomeVersion.V4);
        }
    }

    @Test
    void refusesWhatIsNotAVersion() {
        for (String wrong : new String[] {"", "  ", "5", "v2", "4.0.1", "ROME", "quatre", "M1802", "40"}) {
            assertThat(RomeVersion.parse(wrong)).as(wrong).isEmpty();
        }
        assertThat(RomeVersion.parse(null)).isEmpty();
    }

    @Test
    void isWrittenAsInFilesAndStoredRowsReadBack() {
        assertThat(RomeVersion.V3.label()).isEqualTo("v3");
        assertThat(RomeVersion.V4.label()).isEqualTo("4.0");
        assertThat(RomeVersion.V4).hasToString("4.0");
        assertThat(RomeVersion.ofLabel("4.0")).isEqualTo(RomeVersion.V4);
        assertThat(RomeVersion.V3.other()).isEqualTo(RomeVersion.V4);
        assertThat(RomeVersion.V4.other()).isEqualTo(RomeVersion.V3);
    }
}
