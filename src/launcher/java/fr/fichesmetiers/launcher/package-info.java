/** The jar's entry point, compiled for Java 8: checks the Java version, then starts Spring Boot's launcher. */
package fr.fichesmetiers.launcher;
