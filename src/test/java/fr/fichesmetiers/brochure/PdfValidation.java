package fr.fichesmetiers.brochure;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * veraPDF on PDF bytes, against PDF/A-2b and PDF/UA-1 in one pass: one validator for every file checked (making one
 * costs more than a validation).
 */
final class PdfValidation implements AutoCloseable {

    static final List<PDFAFlavour> PROFILES = List.of(PDFAFlavour.PDFA_2_B, PDFAFlavour.PDFUA_1);

    /** What one profile said of a file: rules checked, the failed rules and how often each failed. */
    record Report(PDFAFlavour profile, int checks, Map<String, Integer> failedRules, List<String> examples) {

        boolean passed() {
            return failedRules.isEmpty();
        }

        @Override
        public String toString() {
            return profile.getId() + ": " + failedRules.size() + " failed rule(s) " + failedRules + " " + examples;
        }
    }

    private final PDFAValidator validator;

    PdfValidation() {
        VeraGreenfieldFoundryProvider.initialise();
        validator = Foundries.defaultInstance().createValidator(PROFILES);
    }

    List<Report> validate(byte[] pdf) throws Exception {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf),
                PDFAFlavour.PDFA_2_B)) {
            List<Report> reports = new ArrayList<>();
            for (ValidationResult result : validator.validateAll(parser)) {
                Map<String, Integer> failed = new TreeMap<>();
                List<String> examples = new ArrayList<>();
                for (TestAssertion assertion : result.getTestAssertions()) {
                    if (assertion.getStatus() == TestAssertion.Status.FAILED) {
                        String rule = assertion.getRuleId().getClause() + "-" + assertion.getRuleId().getTestNumber();
                        if (failed.merge(rule, 1, Integer::sum) == 1 && examples.size() < 12) {
                            examples.add(rule + " " + assertion.getMessage() + " @ "
                                    + assertion.getLocation().getContext());
                        }
                    }
                }
                reports.add(new Report(result.getPDFAFlavour(), result.getTotalAssertions(), failed, examples));
            }
            return reports;
        }
    }

    @Override
    public void close() throws Exception {
        validator.close();
    }
}
