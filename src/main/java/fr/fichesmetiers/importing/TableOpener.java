package fr.fichesmetiers.importing;

import java.io.IOException;
import java.nio.file.Path;

import fr.fichesmetiers.importing.table.TableInput;

/** Opens an input file as a table, in the format the inspect step found it in. */
@FunctionalInterface
interface TableOpener {

    TableInput open(Path file) throws IOException;
}
