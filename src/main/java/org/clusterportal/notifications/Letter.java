package org.clusterportal.notifications;

/** An e-mail as written for one person: its subject, its plain-text part and its HTML part. */
public record Letter(String subject, String text, String html) {
}
