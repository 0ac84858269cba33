package org.clusterportal.platform.files;

import java.text.NumberFormat;
import java.util.Locale;

/** A file's size as people read it: bytes, kB or MB with one decimal, in their language's number format. */
public final class FileSizes {

    private static final long KILOBYTE = 1024;
    private static final long MEGABYTE = KILOBYTE * KILOBYTE;

    private FileSizes() {
    }

    public static String format(long bytes, Locale locale) {
        if (bytes < KILOBYTE) {
            return bytes + " B";
        }
        NumberFormat number = NumberFormat.getNumberInstance(locale);
        number.setMaximumFractionDigits(1);
        return bytes < MEGABYTE
                ? number.format(bytes / (double) KILOBYTE) + " kB"
                : number.format(bytes / (double) MEGABYTE) + " MB";
    }
}
