namespace Kura.Engine.Policy;

/// <summary>The business holding the data, as named in public notices and regulator reports.</summary>
/// <param name="Name">The holder's name.</param>
/// <param name="Contact">Where persons and the regulator reach the holder (desk, e-mail, phone).</param>
/// <param name="Address">Postal address, or null.</param>
public sealed record HolderProfile(string Name, string Contact, string? Address = null);
