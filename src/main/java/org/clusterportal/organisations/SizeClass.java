package org.clusterportal.organisations;

/** The EU size classes of an enterprise by head count; the bundle names each as {@code organisation.size.<NAME>}. */
public enum SizeClass {
    MICRO,
    SMALL,
    MEDIUM,
    LARGE
}
