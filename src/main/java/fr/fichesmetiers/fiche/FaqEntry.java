package fr.fichesmetiers.fiche;

/** One question a pupil asks about a profession, with its answer. */
public record FaqEntry(String question, String answer) {
}
