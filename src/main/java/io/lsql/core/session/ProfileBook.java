package io.lsql.core.session;

import io.lsql.core.connect.AwsProfile;
import io.lsql.core.connect.MySqlProfile;
import io.lsql.core.connect.ProfileStore;

import java.util.Optional;

/**
 * The saved profiles in memory: read from the {@link ProfileStore} once, and every change written
 * through it, so two saves in a row never lose each other's profile. Thread-safe; it does file I/O,
 * so call it from background tasks.
 */
public final class ProfileBook {

    private final ProfileStore store;
    private ProfileStore.Profiles profiles;

    public ProfileBook(ProfileStore store) {
        this.store = store;
    }

    public synchronized ProfileStore.Profiles profiles() {
        if (profiles == null) {
            profiles = store.load();
        }
        return profiles;
    }

    /** Saves the profile and makes it the last used; its password only when the user chose to save it. */
    public synchronized ProfileStore.Profiles saveMySql(MySqlProfile profile, char[] password) {
        ProfileStore.Profiles changed = profiles().withMySql(profile);
        store.save(changed);
        profiles = changed;
        store.savePassword(profile.name(), profile.savePassword() ? password : null);
        return changed;
    }

    public synchronized ProfileStore.Profiles saveAws(AwsProfile profile) {
        ProfileStore.Profiles changed = profiles().withAws(profile);
        store.save(changed);
        profiles = changed;
        return changed;
    }

    public Optional<MySqlProfile> mysql(String name) {
        return profiles().mysql().stream().filter(p -> p.name().equals(name)).findFirst();
    }

    public Optional<AwsProfile> lastAws() {
        ProfileStore.Profiles current = profiles();
        return current.aws().stream().filter(a -> a.name().equals(current.lastAws())).findFirst();
    }

    /** The saved password of a profile whose user chose to save it. */
    public Optional<char[]> password(MySqlProfile profile) {
        return profile.savePassword() ? store.password(profile.name()) : Optional.empty();
    }
}
