namespace KtPortal.LoadHost;

/// <summary>What a <see cref="LoadMutation.Publish"/> call did.</summary>
/// <param name="Published">Events sent.</param>
/// <param name="StartedAt">When publishing began, in Unix-epoch milliseconds.</param>
/// <param name="FinishedAt">When the last event was sent, in Unix-epoch milliseconds.</param>
/// <param name="LateTicks">Ticks that began after their scheduled time because the previous one overran.</param>
public sealed record PublishReport(int Published, double StartedAt, double FinishedAt, int LateTicks);
