package io.lsql.core.load;

/** A staged data file to load and the number of items the export wrote into it. */
public record LoadFile(String name, long items) {
}
