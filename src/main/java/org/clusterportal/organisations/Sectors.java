package org.clusterportal.organisations;

import java.util.Locale;
import java.util.Optional;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.clusterportal.platform.BusinessException;
import org.clusterportal.platform.audit.AuditAction;
import org.clusterportal.platform.audit.AuditLog;
import org.clusterportal.platform.security.AccessDeniedException;
import org.clusterportal.platform.security.Viewer;

/**
 * The sector taxonomy, which admins extend and rename; everyone reads it from {@link DirectoryChoices}, told here
 * of each change.
 */
@Stateless
public class Sectors {

    @PersistenceContext
    private EntityManager entityManager;

    @Inject
    private AuditLog auditLog;

    @Inject
    private Event<DirectoryChange> directoryChange;

    /** A new sector; a code exists once. */
    public Sector add(@NotNull Viewer viewer, @NotBlank @Size(max = Sector.CODE_LENGTH) String code,
            @NotBlank @Size(max = Sector.NAME_LENGTH) String namePl, @NotBlank @Size(max = Sector.NAME_LENGTH) String nameEn) {
        requireAdmin(viewer);
        String normalised = code.strip().toUpperCase(Locale.ROOT);
        if (entityManager.createQuery("select count(s) from Sector s where s.code = :code", Long.class)
                .setParameter("code", normalised).getSingleResult() > 0) {
            throw BusinessException.onField("code", "sector.duplicate");
        }
        Sector sector = new Sector(normalised, namePl.strip(), nameEn.strip());
        entityManager.persist(sector);
        auditLog.record(viewer, AuditAction.SECTOR_ADDED, "sector", normalised, sector.getNameEn());
        directoryChange.fire(DirectoryChange.SECTORS);
        return sector;
    }

    /** A sector renamed in both languages; organisations keep it. */
    public Sector rename(@NotNull Viewer viewer, @NotNull Long id, @NotBlank @Size(max = Sector.NAME_LENGTH) String namePl,
            @NotBlank @Size(max = Sector.NAME_LENGTH) String nameEn) {
        requireAdmin(viewer);
        Sector sector = Optional.ofNullable(entityManager.find(Sector.class, id))
                .orElseThrow(() -> new BusinessException("form.unknownChoice"));
        sector.rename(namePl.strip(), nameEn.strip());
        auditLog.record(viewer, AuditAction.SECTOR_RENAMED, "sector", sector.getCode(), sector.getNameEn());
        directoryChange.fire(DirectoryChange.SECTORS);
        return sector;
    }

    private static void requireAdmin(Viewer viewer) {
        if (!viewer.admin()) {
            throw new AccessDeniedException("Sectors");
        }
    }
}
