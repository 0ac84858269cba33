package org.clusterportal.platform.files;

/**
 * A stored file as one person may download it: under which name, and whether it is public (then shared
 * caches may keep it for a while) or private to those allowed (then nothing keeps it).
 */
public record Download(StoredFile file, String fileName, boolean publicAccess) {
}
