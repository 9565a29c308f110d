package fr.fichesmetiers.importing;

import java.util.List;

/** A column of an input file: the name the contract gives it and the other headers that mean it. */
interface CsvColumn {

    /** The contract's name, such as {@code code_rome}. */
    String canonicalName();

    /** Every header that means this column, the canonical and English names included. */
    List<String> aliases();

    boolean required();
}
