package org.clusterportal.platform.audit;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.clusterportal.platform.security.AccessDeniedException;
import org.clusterportal.platform.security.Viewer;

/**
 * The audit log: every administrative action and security-relevant event, written by the feature that does it
 * in the same transaction as the action ({@link #record}), so an action that rolls back leaves no entry and an
 * entry never describes something that did not happen. Only a refusal is written on its own
 * ({@link #recordRefusal}), since the refused action rolls back. Admins read, filter and export it.
 */
@Stateless
public class AuditLog {

    /** The subject type of entries about a Keycloak account (their id is the account's UUID). */
    public static final String ACCOUNT = "account";

    private static final int EXPORT_CHUNK = 500;
    private static final DateTimeFormatter CSV_TIME = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    @PersistenceContext
    private EntityManager entityManager;

    @Inject
    private ActorNames actorNames;

    /**
     * Writes one entry in the caller's transaction, e.g.
     * {@code auditLog.record(viewer, AuditAction.ROLE_GRANTED, "account", keycloakId, "coordinator")}.
     * The actor's name is kept as it is now; the address is the current request's, when there is one.
     */
    public void record(@NotNull Viewer actor, @NotNull AuditAction action, String objectType, Object objectId,
            String detail) {
        record(actor, action, objectType, objectId, null, detail);
    }

    /**
     * Writes one entry that names its subject by type, id and title as it is now, e.g.
     * {@code auditLog.record(viewer, AuditAction.EVENT_CANCELLED, "event", event.getId(), event.getTitle(), null)}.
     */
    public void record(@NotNull Viewer actor, @NotNull AuditAction action, String objectType, Object objectId,
            String objectTitle, String detail) {
        String actorName = actor.findPersonId().flatMap(actorNames::nameOf).orElse(null);
        entityManager.persist(new AuditEntry(actor.personId(), actorName, action, objectType, objectId, objectTitle,
                detail, RequestAddress.current().orElse(null)));
    }

    /**
     * The names of the people whose accounts the entries are about, by account id, read in one query for all of
     * them (the page asks it once per page of rows). Accounts of nobody who has logged in are left out.
     */
    public Map<String, String> accountNames(@NotNull Viewer viewer, @NotNull List<AuditEntry> entries) {
        requireAdmin(viewer);
        Set<String> accounts = entries.stream()
                .filter(entry -> ACCOUNT.equals(entry.getObjectType()) && entry.getObjectId() != null)
                .map(AuditEntry::getObjectId)
                .collect(Collectors.toSet());
        return accounts.isEmpty() ? Map.of() : actorNames.namesOfAccounts(accounts);
    }

    /**
     * What a service throws when it refuses the viewer an action: the refusal is written here, once, and the
     * exception says so, so that the 403 page does not write it again. A visitor or an unknown person leaves no
     * entry (an entry names its actor). Written in a transaction of its own, as the refused action's rolls back.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public AccessDeniedException refusal(@NotNull Viewer viewer, @NotNull String what) {
        if (viewer.findPersonId().flatMap(actorNames::nameOf).isPresent()) {
            record(viewer, AuditAction.ACCESS_DENIED, "request", null, what);
        }
        return AccessDeniedException.audited(what);
    }

    /** A refused request: written in a transaction of its own, as the refused action's rolls back. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void recordRefusal(@NotNull Viewer actor, String detail) {
        record(actor, AuditAction.ACCESS_DENIED, "request", null, detail);
    }

    /** The entries that match, newest first, a page at a time. */
    public List<AuditEntry> list(@NotNull Viewer viewer, @NotNull AuditFilter filter, @Min(0) int first,
            @Min(1) @Max(500) int pageSize) {
        requireAdmin(viewer);
        return query("select e from AuditEntry e", filter, " order by e.created desc, e.id desc", AuditEntry.class)
                .setFirstResult(first)
                .setMaxResults(pageSize)
                .getResultList();
    }

    public long count(@NotNull Viewer viewer, @NotNull AuditFilter filter) {
        requireAdmin(viewer);
        return query("select count(e) from AuditEntry e", filter, "", Long.class).getSingleResult();
    }

    /**
     * Writes the entries that match as CSV (UTF-8 with a byte-order mark, for spreadsheets), newest first, read
     * from the database a chunk at a time. Cells that a spreadsheet would run as a formula are neutralised.
     */
    public void exportCsv(@NotNull Viewer viewer, @NotNull AuditFilter filter, @NotNull OutputStream output) {
        requireAdmin(viewer);
        try {
            Writer writer = new OutputStreamWriter(output, StandardCharsets.UTF_8);
            writer.write('\uFEFF');
            writer.write(csvLine(Stream.of("when_utc", "actor_id", "actor_name", "action", "object_type",
                    "object_id", "object_title", "detail", "remote_address")));
            Long before = null;
            List<AuditEntry> chunk;
            do {
                // Keyset paging by id: entries written meanwhile neither repeat nor shift the chunks.
                TypedQuery<AuditEntry> query = query("select e from AuditEntry e", filter,
                        before == null ? " order by e.id desc" : " and e.id < :before order by e.id desc",
                        AuditEntry.class);
                if (before != null) {
                    query.setParameter("before", before);
                }
                chunk = query.setMaxResults(EXPORT_CHUNK).getResultList();
                for (AuditEntry entry : chunk) {
                    writer.write(csvLine(Stream.of(entry.getWhen().atOffset(ZoneOffset.UTC).format(CSV_TIME),
                            entry.getActorId() == null ? "" : entry.getActorId().toString(), entry.getActorName(),
                            entry.getAction().name(), entry.getObjectType(), entry.getObjectId(), entry.getObjectTitle(), entry.getDetail(),
                            entry.getRemoteAddress())));
                    before = entry.getId();
                }
                entityManager.clear();
            }
            while (chunk.size() == EXPORT_CHUNK);
            writer.flush();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One CSV record (RFC 4180: every cell quoted, quotes doubled, CRLF). */
    static String csvLine(Stream<String> cells) {
        return cells.map(AuditLog::csvCell).collect(Collectors.joining(",")) + "\r\n";
    }

    /** A cell starting with = + - @ (or a tab or carriage return) is prefixed with ' so it stays text. */
    static String csvCell(String value) {
        if (value == null) {
            return "\"\"";
        }
        String text = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }

    /** The filter's conditions joined to the query; a where clause is always present, so {@code rest} may add to it. */
    private <T> TypedQuery<T> query(String select, AuditFilter filter, String rest, Class<T> type) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        List<String> conditions = new ArrayList<>();
        conditions.add("e.id is not null");
        Optional.ofNullable(filter.getPerson()).map(String::strip).filter(words -> !words.isEmpty()).ifPresent(words -> {
            conditions.add("lower(e.actorName) like :person escape '!'");
            parameters.put("person", "%" + words.toLowerCase(Locale.ROOT)
                    .replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%");
        });
        if (filter.getAction() != null) {
            conditions.add("e.action = :action");
            parameters.put("action", filter.getAction());
        }
        if (filter.getFrom() != null) {
            conditions.add("e.created >= :from");
            parameters.put("from", filter.getFrom().atStartOfDay().toInstant(ZoneOffset.UTC));
        }
        if (filter.getTo() != null) {
            conditions.add("e.created < :to");
            parameters.put("to", filter.getTo().plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC));
        }
        TypedQuery<T> query = entityManager.createQuery(
                select + " where " + String.join(" and ", conditions) + rest, type);
        parameters.forEach(query::setParameter);
        return query;
    }

    private static void requireAdmin(Viewer viewer) {
        if (!viewer.admin()) {
            throw new AccessDeniedException("Audit log");
        }
    }
}
