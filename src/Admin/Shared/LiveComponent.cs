using Microsoft.AspNetCore.Components;
using OpsPlatform.Admin.Live;

namespace OpsPlatform.Admin.Shared;

/// <summary>
/// A page that reloads when a live event touches what it shows. Reloads never overlap: events arriving during one
/// fold into a single further reload. Derived pages load in OnParametersSetAsync and call base.OnInitialized.
/// </summary>
public abstract class LiveComponent : ComponentBase, IDisposable
{
    private bool _running;
    private bool _pending;

    [Inject] protected LiveUpdates Live { get; set; } = null!;

    protected abstract bool Touches(LiveMessage message);

    protected abstract Task ReloadAsync();

    protected override void OnInitialized() => Live.Received += OnLive;

    private Task OnLive(LiveMessage message)
    {
        if (Touches(message)) _ = InvokeAsync(RunReloadAsync);
        return Task.CompletedTask;
    }

    // Runs on the renderer's context (InvokeAsync), so the two flags need no lock.
    private async Task RunReloadAsync()
    {
        if (_running)
        {
            _pending = true;
            return;
        }
        _running = true;
        try
        {
            do
            {
                _pending = false;
                await ReloadAsync();
                StateHasChanged();
            } while (_pending);
        }
        finally
        {
            _running = false;
        }
    }

    public virtual void Dispose()
    {
        Live.Received -= OnLive;
        GC.SuppressFinalize(this);
    }
}
