package org.clusterportal.organisations;

/** What a person is in an organisation: a member, or one of its own administrators who keep its profile and decide requests. */
public enum MembershipRole {
    MEMBER,
    ADMINISTRATOR
}
