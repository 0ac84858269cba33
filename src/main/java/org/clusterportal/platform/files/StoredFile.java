package org.clusterportal.platform.files;

/**
 * A file in the store: its random key (the only way to find it), the type its content shows, its size and its
 * SHA-256 in hex. The entity that owns the file keeps these.
 */
public record StoredFile(String key, String contentType, long size, String sha256) {
}
