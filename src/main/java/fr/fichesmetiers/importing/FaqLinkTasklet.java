package fr.fichesmetiers.importing;

import java.util.List;
import java.util.Map;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import fr.fichesmetiers.support.Messages;

/**
 * Once every profile row is known, rejects the FAQ rows whose id names none of them ({@code FAQ_UNKNOWN_PROFILE}).
 * A step of its own so that these rejects are committed even when the publish step then refuses the import.
 */
class FaqLinkTasklet implements Tasklet {

    private final FaqStaging faq;
    private final ImportStaging staging;

    FaqLinkTasklet(FaqStaging faq, ImportStaging staging) {
        this.faq = faq;
        this.staging = staging;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        var step = contribution.getStepExecution();
        ExecutionContext job = step.getJobExecution().getExecutionContext();
        String faqPath = job.containsKey(ImportKeys.FAQ_PATH) ? job.getString(ImportKeys.FAQ_PATH) : null;
        if (faqPath == null) {
            return RepeatStatus.FINISHED;
        }
        Messages messages = Messages.forLanguage(step.getJobParameters().getString(ImportKeys.LANG, "fr"));
        long instance = step.getJobExecution().getJobInstance().getInstanceId();
        String ficheFile = java.nio.file.Path.of(job.getString(ImportKeys.FICHES_PATH)).getFileName().toString();
        String faqFile = java.nio.file.Path.of(faqPath).getFileName().toString();
        List<FaqRow> orphans = faq.orphans(instance, ficheFile);
        List<Violation> violations = orphans.stream()
                .map(row -> new Violation(faqFile, row.line(), FaqColumn.ID.canonicalName(), row.ficheId(),
                        RuleCode.FAQ_UNKNOWN_PROFILE, messages.get("rule.FAQ_UNKNOWN_PROFILE", row.ficheId(), ficheFile)))
                .toList();
        staging.reject(instance, violations, Map.of());
        faq.drop(instance, orphans.stream().map(FaqRow::line).toList());
        contribution.incrementFilterCount(violations.size());
        return RepeatStatus.FINISHED;
    }
}
