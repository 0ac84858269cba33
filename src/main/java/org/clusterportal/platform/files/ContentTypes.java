package org.clusterportal.platform.files;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.mime.MimeTypeException;
import org.apache.tika.mime.MimeTypes;

/**
 * A file's type from its first bytes, by Apache Tika's registry of magic numbers. The file's name is never
 * given to Tika on purpose: when the content matches no magic, Tika would believe the name, and a renamed
 * executable would become "application/pdf".
 */
public final class ContentTypes {

    /** What Tika answers for content it does not recognise (and for an empty file). */
    public static final String UNKNOWN = MediaType.OCTET_STREAM.toString();

    private static final MimeTypes TYPES = MimeTypes.getDefaultMimeTypes(ContentTypes.class.getClassLoader());

    private ContentTypes() {
    }

    /** The media type the content shows, without parameters, e.g. {@code application/pdf}. */
    public static String detect(InputStream content) throws IOException {
        InputStream marked = content.markSupported() ? content : new BufferedInputStream(content);
        return TYPES.detect(marked, new Metadata()).getBaseType().toString();
    }

    /** Whether the detected type is one of the accepted ones or a specialisation of one. */
    public static boolean isAccepted(String detected, AcceptedFiles accepted) {
        MediaTypeRegistry registry = TYPES.getMediaTypeRegistry();
        MediaType type = MediaType.parse(detected);
        return type != null && accepted.contentTypes().stream()
                .map(MediaType::parse)
                .anyMatch(acceptedType -> acceptedType.equals(type) || registry.isSpecializationOf(type, acceptedType));
    }

    /** The extensions Tika's registry gives a type, without their dot; empty for a type it does not know. */
    static List<String> extensionsOf(String contentType) {
        try {
            return TYPES.forName(contentType).getExtensions().stream().map(extension -> extension.substring(1)).toList();
        }
        catch (MimeTypeException e) {
            return List.of();
        }
    }
}
