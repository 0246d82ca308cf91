using KtPortal.GraphQL.AspNetCore.Credentials;

namespace KtPortal.GraphQL.AspNetCore.Tests.Credentials;

/// <summary>When a long-lived connection's credentials end it, and when they do not.</summary>
public sealed class CredentialsWatchTests
{
    private static readonly TimeSpan Recheck = TimeSpan.FromMilliseconds(20);

    [Fact]
    public async Task Credentials_that_expire_end_the_connection_at_their_expiry()
    {
        var ended = new List<string>();
        var credentials = new StreamCredentials(DateTimeOffset.UtcNow.AddMilliseconds(100), null);

        await Bounded(CredentialsWatch.RunAsync(credentials, Recheck, End(ended), null, CancellationToken.None));

        Assert.Equal([CredentialsWatch.Expired], ended);
    }

    [Fact]
    public async Task A_check_that_answers_false_ends_the_connection_as_revoked()
    {
        var ended = new List<string>();
        var checks = 0;
        var credentials = new StreamCredentials(null, _ => ValueTask.FromResult(Interlocked.Increment(ref checks) < 3));

        await Bounded(CredentialsWatch.RunAsync(credentials, Recheck, End(ended), null, CancellationToken.None));

        Assert.Equal([CredentialsWatch.Revoked], ended);
        Assert.Equal(3, checks);
    }

    [Fact]
    public async Task A_check_that_throws_is_not_a_revocation_and_is_asked_again()
    {
        var ended = new List<string>();
        var checks = 0;
        var credentials = new StreamCredentials(null, _ => Interlocked.Increment(ref checks) switch
        {
            < 3 => throw new InvalidOperationException("The database is away."),
            3 => ValueTask.FromResult(true),
            _ => ValueTask.FromResult(false),
        });

        await Bounded(CredentialsWatch.RunAsync(credentials, Recheck, End(ended), null, CancellationToken.None));

        Assert.Equal([CredentialsWatch.Revoked], ended);
        Assert.Equal(4, checks);
    }

    [Fact]
    public async Task Stopping_the_watch_ends_nothing()
    {
        var ended = new List<string>();
        using var stop = new CancellationTokenSource();
        var credentials = new StreamCredentials(DateTimeOffset.UtcNow.AddHours(1), _ => ValueTask.FromResult(true));

        var watch = CredentialsWatch.RunAsync(credentials, Recheck, End(ended), null, stop.Token);
        await Task.Delay(100);
        await stop.CancelAsync();
        await Bounded(watch);

        Assert.Empty(ended);
    }

    [Fact]
    public async Task Credentials_without_expiry_or_check_are_not_watched()
    {
        var ended = new List<string>();

        await Bounded(CredentialsWatch.RunAsync(new StreamCredentials(null, _ => ValueTask.FromResult(false)), TimeSpan.Zero, End(ended), null, CancellationToken.None));

        Assert.Empty(ended);
    }

    private static Func<string, Task> End(List<string> ended) => reason =>
    {
        lock (ended)
        {
            ended.Add(reason);
        }

        return Task.CompletedTask;
    };

    private static Task Bounded(Task task) => task.WaitAsync(TimeSpan.FromSeconds(30));
}
