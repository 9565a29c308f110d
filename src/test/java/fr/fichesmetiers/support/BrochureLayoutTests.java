package fr.fichesmetiers.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class BrochureLayoutTests {

    @Test
    void putsABrochureInItsGuidesFolderAndTheBookletBesideIt() {
        Path folder = Path.of("/srv/output/brochures");
        assertThat(BrochureLayout.brochure(folder, "Transition écologique", "technicien-eolien"))
                .isEqualTo(folder.resolve("transition-ecologique/technicien-eolien.pdf"));
        assertThat(BrochureLayout.booklet(folder, "Transition écologique"))
                .isEqualTo(folder.resolve("transition-ecologique.pdf"));
    }
}
