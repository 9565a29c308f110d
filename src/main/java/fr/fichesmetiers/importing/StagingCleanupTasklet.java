package fr.fichesmetiers.importing;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Empties the import's staging once the catalog is published or the files validated. A step of its own: the
 * publication has committed before, and a crash here merely leaves staging that a restart removes.
 */
class StagingCleanupTasklet implements Tasklet {

    private final ImportStaging staging;

    StagingCleanupTasklet(ImportStaging staging) {
        this.staging = staging;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        staging.clear(contribution.getStepExecution().getJobExecution().getJobInstance().getInstanceId());
        return RepeatStatus.FINISHED;
    }
}
