using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Jingyuan.Cms.Data;

/// <summary>
/// The Data Protection key ring lives in the shared database, so every web node reads the same keys
/// and accepts the cookies and form tokens another node issued.
/// </summary>
public abstract partial class CmsDbContext : IDataProtectionKeyContext
{
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();
}
