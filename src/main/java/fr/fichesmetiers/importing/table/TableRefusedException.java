package fr.fichesmetiers.importing.table;

/**
 * A file the import cannot read at all (an Excel 97 workbook, a password, XML that is not ONISEP's): the message,
 * in the run's language, names the file and what to do. The import turns it into its own refusal.
 */
public class TableRefusedException extends RuntimeException {

    public TableRefusedException(String message) {
        super(message);
    }

    public TableRefusedException(String message, Throwable cause) {
        super(message, cause);
    }
}
