package fr.fichesmetiers.importing;

/** A broken rule found in a row before the file name and line are attached. */
record RowProblem(String column, String value, RuleCode rule, String message) {

    Violation at(String file, int line) {
        return new Violation(file, line, column == null ? "" : column, value, rule, message);
    }
}
