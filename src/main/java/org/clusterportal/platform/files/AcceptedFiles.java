package org.clusterportal.platform.files;

import java.util.List;

/**
 * What one kind of upload accepts: the content types (as the content shows them, not as the name or the
 * browser says) and the largest size, with the message that names the accepted types to the person.
 */
public final class AcceptedFiles {

    private static final long MEGABYTE = 1024L * 1024L;

    /** Agreement texts and annexes, proposal documents: PDF only, up to 20 MB. */
    public static final AcceptedFiles PDF_DOCUMENTS = new AcceptedFiles(List.of("application/pdf"), 20 * MEGABYTE,
            "file.type.pdf");

    /** Organisation logos: PNG, JPEG or WebP, up to 2 MB. */
    public static final AcceptedFiles LOGOS = new AcceptedFiles(List.of("image/png", "image/jpeg", "image/webp"),
            2 * MEGABYTE, "file.type.image");

    private final List<String> contentTypes;
    private final long maxBytes;
    private final String wrongTypeKey;

    /**
     * @param contentTypes the accepted media types (a detected subtype of one is accepted too)
     * @param maxBytes the largest accepted size
     * @param wrongTypeKey the bundle key of the refusal that says what is accepted
     */
    public AcceptedFiles(List<String> contentTypes, long maxBytes, String wrongTypeKey) {
        if (contentTypes.isEmpty() || maxBytes <= 0) {
            throw new IllegalArgumentException("An upload accepts at least one type and some bytes");
        }
        this.contentTypes = List.copyOf(contentTypes);
        this.maxBytes = maxBytes;
        this.wrongTypeKey = wrongTypeKey;
    }

    public List<String> contentTypes() {
        return contentTypes;
    }

    public long maxBytes() {
        return maxBytes;
    }

    /** The limit in whole megabytes, as the refusal states it. */
    public long maxMegabytes() {
        return Math.max(1, maxBytes / MEGABYTE);
    }

    public String wrongTypeKey() {
        return wrongTypeKey;
    }
}
