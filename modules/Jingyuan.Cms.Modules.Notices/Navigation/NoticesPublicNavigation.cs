using Jingyuan.Cms.Navigation;
using Microsoft.Extensions.Localization;

namespace Jingyuan.Cms.Modules.Notices.Navigation;

public sealed class NoticesPublicNavigation(IStringLocalizer<NoticesPublicNavigation> T) : IPublicNavigationProvider
{
    public Task BuildAsync(ICollection<MenuItem> navigation)
    {
        navigation.Add(new MenuItem { Text = T["公示公告"], Url = "/notices", Position = 800 });
        return Task.CompletedTask;
    }
}
