package fr.fichesmetiers.jobs.definition;

import fr.fichesmetiers.jobs.ExitCodes;
import fr.fichesmetiers.jobs.UserException;

/** A job definition that cannot be used: the message names the file, the line and the problem. */
class DefinitionException extends UserException {

    DefinitionException(String message) {
        super(ExitCodes.USAGE, message);
    }
}
