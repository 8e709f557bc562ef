package io.converge.referencetests;

import java.nio.file.Path;

/** A case's outcome with where it came from, as the conformance command prints it. */
public record CaseReport(Path file, String name, Outcome outcome) {}
