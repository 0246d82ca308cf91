namespace KtPortal.Api.Identity.Invitations;

/// <summary>What accepting an invitation did.</summary>
internal enum AcceptOutcome
{
    /// <summary>The link is unknown, tampered with, expired, revoked or already used; nothing changed.</summary>
    Invalid,

    /// <summary>The account was refused (wrong password, or a new account the password policy refused); nothing changed.</summary>
    Refused,

    /// <summary>The user is now a member with the invitation's role.</summary>
    Joined,

    /// <summary>The user was already a member (their role is kept); the invitation is used up.</summary>
    AlreadyMember,
}
