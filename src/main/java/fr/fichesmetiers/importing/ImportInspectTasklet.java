package fr.fichesmetiers.importing;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import fr.fichesmetiers.importing.table.TableInput;
import fr.fichesmetiers.importing.table.TableRefusedException;
import fr.fichesmetiers.importing.xlsx.XlsxTableInput;
import fr.fichesmetiers.support.Checksums;
import fr.fichesmetiers.support.CsvFormatDetector;
import fr.fichesmetiers.support.DetectedCsvFormat;
import fr.fichesmetiers.support.Messages;

/**
 * First step of an import: finds the files, recognises their format (CSV, .xlsx, ONISEP's XML), detects a CSV's
 * encoding and delimiter, checks the headers, and notes all of it in the job's context for the steps that follow.
 * File-level problems stop the import here. For ONISEP's file it also gives its new records their ids.
 */
class ImportInspectTasklet implements Tasklet {

    static final String FICHES_FILE = "fiches.csv";
    static final String FAQ_FILE = "faq.csv";
    static final String FICHES_WORKBOOK = "fiches.xlsx";
    static final String FAQ_WORKBOOK = "faq.xlsx";
    private static final Logger log = LoggerFactory.getLogger(ImportInspectTasklet.class);

    private final TableInputs inputs;

    ImportInspectTasklet(TableInputs inputs) {
        this.inputs = inputs;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws IOException {
        JobParameters params = contribution.getStepExecution().getJobParameters();
        ImportRequest request = ImportRequest.of(params);
        Messages messages = Messages.forLanguage(request.lang());
        ExecutionContext job = contribution.getStepExecution().getJobExecution().getExecutionContext();
        Path input = request.input().toAbsolutePath().normalize();
        boolean folder = Files.isDirectory(input);
        Path named = folder ? firstOf(input.resolve(FICHES_FILE), input.resolve(FICHES_WORKBOOK)) : input;
        if (!InputFiles.present(named)) {
            String key = folder ? "file.notFound.directory" : "file.notFound";
            throw new ImportRefusedException(RuleCode.FILE_NOT_FOUND, messages.get(key, input.toString(), FICHES_FILE));
        }
        InputFiles files = new InputFiles(folder ? input : input.getParent(), messages);
        Path fiches = files.checkRegular(named);
        ImportFormat format = formatOf(fiches, request.format(), messages);
        if (format == ImportFormat.CSV) {
            // Not a workbook nor ONISEP's XML: it must be CSV text, else it is said what it is.
            files.check(named);
        }
        Charset charset = request.encoding() == null ? null : Charset.forName(request.encoding());
        Character delimiter = request.delimiter() == null ? null : request.delimiter().charAt(0);
        List<String> unknown = inspect(new Source(fiches, format, null), FicheColumn.class, charset, delimiter,
                messages, job, "fiches", request);
        // ONISEP's extra columns are the mapping's, not the office's: nothing to tell it about them.
        job.putString(ImportKeys.FICHES_UNKNOWN_COLUMNS,
                format == ImportFormat.ONISEP ? "" : HeaderMapping.shown(unknown));
        // An update changes profiles only: their FAQ stays as published.
        Source faq = request.update() ? null : faqOf(input, folder, fiches, format, request, files, messages);
        if (faq != null) {
            List<String> faqUnknown = inspect(faq, FaqColumn.class, charset, delimiter, messages, job, "faq", request);
            job.putString(ImportKeys.FAQ_UNKNOWN_COLUMNS, HeaderMapping.shown(faqUnknown));
        }
        return RepeatStatus.FINISHED;
    }

    /** A file to read and how: its format and, for a workbook, its sheet ({@code null}: the profiles' sheet). */
    record Source(Path file, ImportFormat format, String sheet) {
    }

    private static Source faqOf(Path input, boolean folder, Path fiches, ImportFormat format, ImportRequest request,
            InputFiles files, Messages messages) throws IOException {
        if (folder) {
            // Whatever stands under the FAQ's name is checked: a directory or a pipe there is refused, not skipped.
            Path named = firstOf(input.resolve(FAQ_FILE), input.resolve(FAQ_WORKBOOK));
            if (!InputFiles.present(named)) {
                return null;
            }
            Path faq = files.checkRegular(named);
            ImportFormat faqFormat = formatOf(faq, request.format(), messages);
            return new Source(faqFormat == ImportFormat.CSV ? files.check(named) : faq, faqFormat, null);
        }
        if (format == ImportFormat.XLSX && XlsxTableInput.hasSheet(fiches, XlsxTableInput.FAQ_SHEET, messages)) {
            return new Source(fiches, ImportFormat.XLSX, XlsxTableInput.FAQ_SHEET);
        }
        return null;
    }

    private static Path firstOf(Path preferred, Path other) {
        return Files.isRegularFile(preferred) || !Files.isRegularFile(other) ? preferred : other;
    }

    /** The file's format, forced or recognised; refuses the kinds no reader can take. */
    private static ImportFormat formatOf(Path file, String forced, Messages messages) throws IOException {
        String name = file.getFileName().toString();
        ImportFormat format;
        try {
            format = forced == null ? ImportFormat.detect(file)
                    : ImportFormat.named(forced).orElse(ImportFormat.detect(file));
        }
        catch (java.nio.file.AccessDeniedException e) {
            throw new ImportRefusedException(RuleCode.FILE_UNREADABLE,
                    messages.get("file.unreadable", name, messages.get("file.unreadable.permission")));
        }
        return switch (format) {
            case XLS -> throw new ImportRefusedException(RuleCode.FILE_FORMAT, messages.get("file.format.xls", name));
            case ENCRYPTED_WORKBOOK ->
                throw new ImportRefusedException(RuleCode.FILE_FORMAT, messages.get("file.format.encrypted", name));
            default -> format;
        };
    }

    private <C extends Enum<C> & CsvColumn> List<String> inspect(Source source, Class<C> columns, Charset charset,
            Character delimiter, Messages messages, ExecutionContext job, String prefix, ImportRequest request)
            throws IOException {
        Path file = source.file();
        job.putString(prefix + ".path", file.toString());
        job.putString(prefix + ".kind", source.format().name());
        if (source.sheet() != null) {
            job.putString(prefix + ".sheet", source.sheet());
        }
        DetectedCsvFormat format;
        List<String> header;
        if (source.format() == ImportFormat.CSV) {
            format = CsvFormatDetector.detect(file, charset, delimiter);
            try (CsvInput csv = CsvInput.open(file, format, messages)) {
                header = csv.header();
            }
        }
        else {
            format = new DetectedCsvFormat(java.nio.charset.StandardCharsets.UTF_8, 0, false, '-',
                    checksum(file), Files.size(file));
            if (source.format() == ImportFormat.ONISEP) {
                inputs.assignOnisepIds(file, messages, request.requestedAt());
            }
            try (TableInput table = inputs.opener(job, prefix, null, messages).open(file)) {
                header = table.header();
            }
            catch (TableRefusedException e) {
                throw new ImportRefusedException(RuleCode.FILE_FORMAT, e.getMessage());
            }
        }
        if (header == null) {
            throw new ImportRefusedException(RuleCode.FILE_EMPTY, messages.get("file.empty", file.getFileName()));
        }
        HeaderMapping<C> mapping = HeaderMapping.of(columns, header, file.getFileName().toString(), messages,
                request.update() ? TableInputs.updateGaps(columns) : TableInputs.gaps(source.format(), columns));
        // What the run's history shows as the source's encoding and delimiter: the format for a workbook or XML.
        job.putString(prefix + ".encoding", source.format() == ImportFormat.CSV ? format.charset().name()
                : source.format().name().toLowerCase(java.util.Locale.ROOT));
        job.putInt(prefix + ".bomLength", format.bomLength());
        job.putString(prefix + ".sepLine", String.valueOf(format.sepLine()));
        job.putString(prefix + ".delimiter", String.valueOf(format.delimiter()));
        job.putString(prefix + ".checksum", format.checksum());
        log.info("event=import.inspect file={} kind={} encoding={} bom={} delimiter={} size={} checksum={}"
                + " unknownColumns={}", file, source.format(), format.charset().name(), format.bom(),
                format.delimiterName(), format.size(), format.checksum(), mapping.unknownColumns());
        return mapping.unknownColumns();
    }

    private static String checksum(Path file) throws IOException {
        var digest = Checksums.digest();
        try (var in = new java.security.DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        }
        return java.util.HexFormat.of().formatHex(digest.digest());
    }

    static DetectedCsvFormat formatOf(ExecutionContext job, String prefix) {
        return new DetectedCsvFormat(Charset.forName(job.getString(prefix + ".encoding")),
                job.getInt(prefix + ".bomLength"), Boolean.parseBoolean(job.getString(prefix + ".sepLine")),
                job.getString(prefix + ".delimiter").charAt(0), job.getString(prefix + ".checksum"), 0);
    }
}
