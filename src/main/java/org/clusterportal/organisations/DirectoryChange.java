package org.clusterportal.organisations;

/**
 * What changed in a way the directory's choices show, fired by the service that changed it; {@link DirectoryChoices}
 * forgets the choices it concerns once the change is committed.
 */
public enum DirectoryChange {

    /** A sector was added or renamed. */
    SECTORS,

    /** An approved organisation came, went or moved: the countries and regions named in the directory. */
    PLACES
}
