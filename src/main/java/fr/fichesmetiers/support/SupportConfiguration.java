package fr.fichesmetiers.support;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Progress reporting shared by the jobs' steps. */
@Configuration(proxyBeanMethods = false)
class SupportConfiguration {

    @Bean
    ConsoleProgress consoleProgress() {
        return ConsoleProgress.forTerminal();
    }

    @Bean
    StepProgressListener stepProgressListener(ConsoleProgress consoleProgress) {
        return new StepProgressListener(consoleProgress);
    }
}
