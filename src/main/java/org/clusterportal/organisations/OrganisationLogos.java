package org.clusterportal.organisations;

import java.io.InputStream;
import java.util.Optional;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;

import org.clusterportal.platform.files.AcceptedFiles;
import org.clusterportal.platform.files.Download;
import org.clusterportal.platform.files.FileStore;
import org.clusterportal.platform.security.Viewer;

/** Organisations' logos: changed and removed by those who edit the organisation, shown to those who see it. */
@Stateless
public class OrganisationLogos {

    @Inject
    private OrganisationService organisationService;

    @Inject
    private FileStore fileStore;

    /** A new logo (PNG, JPEG or WebP by content, at most 2 MB) from those who edit the organisation. */
    public Organisation changeLogo(@NotNull Viewer viewer, @NotNull Long id, @NotNull InputStream content) {
        Organisation organisation = organisationService.getEditable(viewer, id);
        organisation.changeLogo(fileStore.store(content, AcceptedFiles.LOGOS, "logo")).ifPresent(fileStore::deleteAfterCommit);
        return organisation;
    }

    public Organisation removeLogo(@NotNull Viewer viewer, @NotNull Long id) {
        Organisation organisation = organisationService.getEditable(viewer, id);
        organisation.removeLogo().ifPresent(fileStore::deleteAfterCommit);
        return organisation;
    }

    /** The logo of an organisation the viewer may see; an approved organisation's logo is public. */
    public Optional<Download> logo(@NotNull Viewer viewer, @NotNull Long id) {
        return organisationService.find(viewer, id).flatMap(organisation -> organisation.findLogo()
                .map(logo -> new Download(logo, "logo-" + id + extension(logo.contentType()), organisation.isApproved())));
    }

    private static String extension(String contentType) {
        return switch (contentType) {
            case "image/png" -> ".png";
            case "image/webp" -> ".webp";
            default -> ".jpg";
        };
    }
}
