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

import fr.fichesmetiers.support.CsvFormatDetector;
import fr.fichesmetiers.support.DetectedCsvFormat;
import fr.fichesmetiers.support.Messages;

/**
 * First step of an import: finds the files, detects their encoding and delimiter, checks their headers, and
 * notes all of it in the job's context for the steps that follow. File-level problems stop the import here.
 */
class ImportInspectTasklet implements Tasklet {

    static final String FICHES_FILE = "fiches.csv";
    static final String FAQ_FILE = "faq.csv";
    private static final Logger log = LoggerFactory.getLogger(ImportInspectTasklet.class);

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws IOException {
        JobParameters params = contribution.getStepExecution().getJobParameters();
        ImportRequest request = ImportRequest.of(params);
        Messages messages = Messages.forLanguage(request.lang());
        ExecutionContext job = contribution.getStepExecution().getJobExecution().getExecutionContext();
        Path input = request.input().toAbsolutePath().normalize();
        boolean folder = Files.isDirectory(input);
        Path fiches = folder ? input.resolve(FICHES_FILE) : input;
        if (!InputFiles.present(fiches)) {
            String key = folder ? "file.notFound.directory" : "file.notFound";
            throw new ImportRefusedException(RuleCode.FILE_NOT_FOUND, messages.get(key, input.toString(), FICHES_FILE));
        }
        InputFiles files = new InputFiles(folder ? input : input.getParent(), messages);
        Charset charset = request.encoding() == null ? null : Charset.forName(request.encoding());
        Character delimiter = request.delimiter() == null ? null : request.delimiter().charAt(0);
        List<String> unknown = inspect(files.check(fiches), FicheColumn.class, charset, delimiter, messages, job,
                "fiches");
        job.putString(ImportKeys.FICHES_UNKNOWN_COLUMNS, HeaderMapping.shown(unknown));
        // Whatever stands under the FAQ's name is checked: a directory or a pipe there is refused, not skipped.
        Path faq = folder && InputFiles.present(input.resolve(FAQ_FILE)) ? files.check(input.resolve(FAQ_FILE)) : null;
        if (faq != null) {
            List<String> faqUnknown = inspect(faq, FaqColumn.class, charset, delimiter, messages, job, "faq");
            job.putString(ImportKeys.FAQ_UNKNOWN_COLUMNS, HeaderMapping.shown(faqUnknown));
        }
        return RepeatStatus.FINISHED;
    }

    private <C extends Enum<C> & CsvColumn> List<String> inspect(Path file, Class<C> columns, Charset charset,
            Character delimiter, Messages messages, ExecutionContext job, String prefix) throws IOException {
        DetectedCsvFormat format = CsvFormatDetector.detect(file, charset, delimiter);
        List<String> header;
        try (CsvInput csv = CsvInput.open(file, format, messages)) {
            header = csv.header();
        }
        if (header == null) {
            throw new ImportRefusedException(RuleCode.FILE_EMPTY, messages.get("file.empty", file.getFileName()));
        }
        HeaderMapping<C> mapping = HeaderMapping.of(columns, header, file.getFileName().toString(), messages);
        job.putString(prefix + ".path", file.toString());
        job.putString(prefix + ".encoding", format.charset().name());
        job.putInt(prefix + ".bomLength", format.bomLength());
        job.putString(prefix + ".sepLine", String.valueOf(format.sepLine()));
        job.putString(prefix + ".delimiter", String.valueOf(format.delimiter()));
        job.putString(prefix + ".checksum", format.checksum());
        log.info("event=import.inspect file={} encoding={} bom={} delimiter={} size={} checksum={} unknownColumns={}",
                file, format.charset().name(), format.bom(), format.delimiterName(), format.size(), format.checksum(),
                mapping.unknownColumns());
        return mapping.unknownColumns();
    }

    static DetectedCsvFormat formatOf(ExecutionContext job, String prefix) {
        return new DetectedCsvFormat(Charset.forName(job.getString(prefix + ".encoding")),
                job.getInt(prefix + ".bomLength"), Boolean.parseBoolean(job.getString(prefix + ".sepLine")),
                job.getString(prefix + ".delimiter").charAt(0), job.getString(prefix + ".checksum"), 0);
    }
}
