package dev.unhunch.core.stretch;

/** The stretch catalog could not be read; the message names the stretch and field at fault. */
public class CatalogException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String stretchId;
    private final String field;

    public CatalogException(String stretchId, String field, String problem) {
        super("stretch '" + stretchId + "', field '" + field + "': " + problem);
        this.stretchId = stretchId;
        this.field = field;
    }

    public CatalogException(String message, Throwable cause) {
        super(message, cause);
        this.stretchId = null;
        this.field = null;
    }

    /** The id of the stretch at fault, or {@code null} if the whole file is bad. */
    public String stretchId() {
        return stretchId;
    }

    /** The field at fault, or {@code null} if the whole file is bad. */
    public String field() {
        return field;
    }
}
