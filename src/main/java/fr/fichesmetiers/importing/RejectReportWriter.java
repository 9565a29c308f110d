package fr.fichesmetiers.importing;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import fr.fichesmetiers.support.AtomicFiles;
import fr.fichesmetiers.support.FormulaSafe;
import fr.fichesmetiers.support.Messages;

/**
 * Writes the reject report (rejects, and the warnings and informations of published rows, with their level) the way
 * French Excel opens it without a question: UTF-8 with a BOM, {@code ;}
 * between fields, CRLF, and every value that a spreadsheet would run as a formula neutralised.
 */
final class RejectReportWriter {

    private static final int MAX_VALUE = 200;

    private RejectReportWriter() {
    }

    static void write(Path target, List<Violation> violations, Messages messages) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(';').setRecordSeparator("\r\n").get();
        AtomicFiles.write(target, out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writer.write('\uFEFF');
            CSVPrinter printer = new CSVPrinter(writer, format);
            printer.printRecord(messages.get("report.header.file"), messages.get("report.header.line"),
                    messages.get("report.header.column"), messages.get("report.header.value"),
                    messages.get("report.header.rule"), messages.get("report.header.message"),
                    messages.get("report.header.level"));
            for (Violation v : violations) {
                // The level comes last: a script reading the first six columns of release 0.1 keeps working.
                printer.printRecord(safe(v.file()), v.line(), safe(v.column()),
                        safe(FormulaSafe.truncate(v.value(), MAX_VALUE)), v.rule().name(), safe(v.message()),
                        messages.get(v.level().messageKey()));
            }
            printer.flush();
        });
    }

    private static String safe(String value) {
        return value == null ? "" : FormulaSafe.neutralise(value);
    }
}
