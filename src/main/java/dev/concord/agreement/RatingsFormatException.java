package dev.concord.agreement;

/** A ratings file that cannot be read, with the file name and line number of the problem. */
public final class RatingsFormatException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String source;
    private final long line;

    /**
     * Creates the exception; the message reads {@code "source:line: problem"}.
     *
     * @param source file name (or another name of the input)
     * @param line 1-based line number where the offending record starts
     * @param problem what is wrong, in plain words
     */
    public RatingsFormatException(String source, long line, String problem) {
        super(source + ":" + line + ": " + problem);
        this.source = source;
        this.line = line;
    }

    /** Name of the input. */
    public String source() {
        return source;
    }

    /** 1-based line number where the offending record starts. */
    public long line() {
        return line;
    }
}
