package fr.fichesmetiers;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

import fr.fichesmetiers.jobs.cli.CommandLineApp;

/** Entry point: the command line parses first and starts Spring only for commands that need it. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class FichesMetiersApplication {

    public static void main(String[] args) {
        System.exit(new CommandLineApp(FichesMetiersApplication.class).run(args));
    }
}
