package fr.fichesmetiers;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * The rules of the package tree (see the guide's "Code we want to live in"): a feature depends only on {@code fiche}
 * and {@code support}, never on another feature; {@code fiche} and {@code support} depend on no feature;
 * {@code jobs} composes them and nothing depends on it; no two packages depend on each other, however indirectly,
 * {@code jobs}' own sub-packages included.
 */
class ArchitectureTests {

    private static final String ROOT = "fr.fichesmetiers";
    /** {@code site} is to come: its rule holds as soon as its package exists. */
    private static final List<String> FEATURES = List.of("importing", "brochure", "comparison", "site");
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(ROOT);

    @Test
    void aFeatureDependsOnlyOnFicheAndSupport() {
        for (String feature : FEATURES) {
            noClasses().that().resideInAPackage(ROOT + "." + feature + "..")
                    .should().dependOnClassesThat(resideInAPackage(ROOT + "..").and(not(resideInAnyPackage(
                            ROOT + "." + feature + "..", ROOT + ".fiche..", ROOT + ".support.."))))
                    .allowEmptyShould(true).check(CLASSES);
        }
    }

    @Test
    void ficheDependsOnlyOnSupportAndSupportOnNothingOfOurs() {
        noClasses().that().resideInAPackage(ROOT + ".fiche..").should().dependOnClassesThat(
                resideInAPackage(ROOT + "..").and(not(resideInAnyPackage(ROOT + ".fiche..", ROOT + ".support.."))))
                .check(CLASSES);
        noClasses().that().resideInAPackage(ROOT + ".support..").should().dependOnClassesThat(
                resideInAPackage(ROOT + "..").and(not(resideInAPackage(ROOT + ".support..")))).check(CLASSES);
    }

    @Test
    void onlyTheApplicationDependsOnJobs() {
        noClasses().that().resideInAPackage(ROOT + "..").and().resideOutsideOfPackage(ROOT + ".jobs..")
                .and().doNotHaveFullyQualifiedName(FichesMetiersApplication.class.getName())
                .should().dependOnClassesThat().resideInAPackage(ROOT + ".jobs..").check(CLASSES);
    }

    @Test
    void noPackageDependsOnAnotherThatDependsBackOnIt() {
        slices().matching(ROOT + ".(**)").should().beFreeOfCycles().check(CLASSES);
    }
}
